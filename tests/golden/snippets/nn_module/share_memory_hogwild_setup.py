# Hogwild-style setup: the model's parameters go to shared memory before workers start.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 3), nn.BatchNorm1d(3), nn.Linear(3, 1))
print(model[0].weight.is_shared())
out = model.share_memory()
print(out is model)
for name, p in model.named_parameters():
    print(name, p.is_shared(), p.requires_grad)
print("running_mean", model[1].running_mean.is_shared())
loss = model(torch.randn(5, 4)).pow(2).mean()
loss.backward()
print(model[0].weight.grad.is_shared())
model.share_memory()
print(model[0].weight.grad.is_shared())
print(model[2].weight)
