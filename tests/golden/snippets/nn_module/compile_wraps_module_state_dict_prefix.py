import torch
import torch.nn as nn

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
compiled = torch.compile(model)
print(compiled)
print(type(compiled).__name__, compiled._orig_mod is model, isinstance(compiled, nn.Module))
print(list(compiled.state_dict().keys()))
print([name for name, _ in compiled.named_modules()])
print(len(compiled), compiled.training)
compiled.eval()
print(model.training, compiled.training)
compiled.note = "set through the wrapper"
print(model.note, compiled[0] if False else compiled._orig_mod[0])
fresh = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 1))
try:
    fresh.load_state_dict(compiled.state_dict())
except RuntimeError as e:
    print(e)
state = {k.removeprefix("_orig_mod."): v for k, v in compiled.state_dict().items()}
print(fresh.load_state_dict(state))
print(model.compile(), list(model.state_dict().keys()))
try:
    len(torch.compile(nn.Linear(2, 2)))
except TypeError as e:
    print(e)
