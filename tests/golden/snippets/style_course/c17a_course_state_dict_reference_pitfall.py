# Keeping the "best" weights: state_dict() holds references that keep changing; deepcopy does not
import copy
import torch
from torch import nn

torch.manual_seed(4)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
x, y = torch.randn(8, 2), torch.randn(8, 1)
best_ref = model.state_dict()
best_copy = copy.deepcopy(model.state_dict())
snapshot = {k: v.clone() for k, v in model.state_dict().items()}
for _ in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
print(torch.equal(best_ref["weight"], model.weight), torch.equal(best_copy["weight"], model.weight))
print(torch.equal(best_copy["bias"], snapshot["bias"]), best_ref["weight"].requires_grad)
print(best_ref["weight"].data_ptr() == model.weight.data_ptr())
model.load_state_dict(best_copy)
print(torch.equal(model.weight, snapshot["weight"]))
