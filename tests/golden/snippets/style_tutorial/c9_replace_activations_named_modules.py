# Swapping every ReLU in a model for a GELU by walking named_modules and setattr on the parent.
import torch
import torch.nn as nn

def replace_modules(model, old_type, make_new):
    count = 0
    for name, module in list(model.named_modules()):
        if isinstance(module, old_type):
            parent_name, _, child = name.rpartition(".")
            parent = model.get_submodule(parent_name) if parent_name else model
            setattr(parent, child, make_new())
            count += 1
    return count

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 8), nn.ReLU(),
    nn.Sequential(nn.Linear(8, 8), nn.ReLU(), nn.Dropout(0.1)),
    nn.Linear(8, 2))
x = torch.randn(3, 4)
model.eval()
before = model(x)
print(replace_modules(model, nn.ReLU, nn.GELU))
print(model)
after = model(x)
print(before)
print(after)
print([type(m).__name__ for m in model.modules()])
model[2][2] = nn.Identity()
del model[3]
print(model, len(model))
model.append(nn.Linear(8, 1))
print(model(x).shape)
print(model.get_submodule("2.1"))
