# Saving a checkpoint into a folder that does not exist yet
import torch
import torch.nn as nn

model = nn.Linear(2, 1)
for path in ("checkpoints_that_do_not_exist/model.pt", "/nonexistent/deeper/model.pt", "/tmp"):
    try:
        torch.save(model.state_dict(), path)
    except RuntimeError as e:
        print("RuntimeError:", e)
