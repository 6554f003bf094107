# Q: I saved best_state = model.state_dict() but it changed while training: state_dict holds references; deepcopy it.
import copy
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.5)
best_ref = model.state_dict()
best_copy = copy.deepcopy(model.state_dict())
best_clone = {k: v.clone() for k, v in model.state_dict().items()}
print(best_ref["weight"].data_ptr() == model.weight.data_ptr())
x, y = torch.randn(8, 2), torch.randn(8, 1)
loss = nn.functional.mse_loss(model(x), y)
loss.backward()
opt.step()
print(torch.equal(best_ref["weight"], model.weight))
print(torch.equal(best_copy["weight"], model.weight), torch.equal(best_clone["bias"], best_copy["bias"]))
print(best_ref["weight"].requires_grad, model.weight.requires_grad)
model.load_state_dict(best_copy)
print(torch.equal(model.weight, best_clone["weight"]))
print(list(best_copy.keys()), type(best_copy).__name__)
sd = model.state_dict(keep_vars=True)
print(type(sd["weight"]).__name__, sd["weight"].requires_grad)
