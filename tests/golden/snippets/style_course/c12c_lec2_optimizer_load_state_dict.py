# Lecture: saving and restoring an optimizer mid-training continues exactly.
import copy
import torch

torch.manual_seed(1)
model = torch.nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
x, y = torch.randn(8, 3), torch.randn(8, 1)
def step(m, o):
    o.zero_grad()
    loss = torch.nn.functional.mse_loss(m(x), y)
    loss.backward()
    o.step()
    return loss.item()
for _ in range(3):
    step(model, opt)
saved_model = copy.deepcopy(model.state_dict())
saved_opt = copy.deepcopy(opt.state_dict())
a = [step(model, opt) for _ in range(3)]
model2 = torch.nn.Linear(3, 1)
model2.load_state_dict(saved_model)
opt2 = torch.optim.SGD(model2.parameters(), lr=0.5, momentum=0.0)
opt2.load_state_dict(saved_opt)
print(opt2.param_groups[0]["lr"], opt2.param_groups[0]["momentum"])
b = [step(model2, opt2) for _ in range(3)]
print(a)
print(b)
print(a == b)
