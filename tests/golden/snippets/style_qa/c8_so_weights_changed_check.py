# Q: are my weights updating? comparing parameters before and after optimizer.step() the right way.
import copy
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
before_ref = model.weight
before_data = model.weight.data
before_clone = model.weight.detach().clone()
before_model = copy.deepcopy(model)
loss = model(torch.randn(5, 3)).pow(2).mean()
loss.backward()
opt.step()
print(torch.equal(before_ref, model.weight), torch.equal(before_data, model.weight))
print(torch.equal(before_clone, model.weight))
print(before_clone)
print(model.weight.data)
for (n1, p1), (n2, p2) in zip(before_model.named_parameters(), model.named_parameters()):
    print(n1, (p1 - p2).abs().sum().item() > 0)
print(before_model.weight.requires_grad, before_model.weight.grad is None)
sd_before = {k: v.clone() for k, v in model.state_dict().items()}
opt.step()
print({k: torch.equal(v, model.state_dict()[k]) for k, v in sd_before.items()})
