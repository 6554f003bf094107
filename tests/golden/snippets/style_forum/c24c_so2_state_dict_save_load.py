# Q: save and load a model state_dict
import io
import torch
import torch.nn as nn

torch.manual_seed(0)
trained = nn.Linear(2, 1)
stream = io.BytesIO()
torch.save(trained.state_dict(), stream)
stream.seek(0)
fresh = nn.Linear(2, 1)
loaded = torch.load(stream)
print(type(loaded).__name__, list(loaded))
print(fresh.load_state_dict(loaded))
print(torch.equal(fresh.weight, trained.weight))
