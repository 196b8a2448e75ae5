"""The Qt desktop interface. Calls services; never touches the ORM or SQL."""
