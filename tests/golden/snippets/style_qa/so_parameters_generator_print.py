# Q: print(model.parameters()) shows a generator; how to see the weights and their names.
import torch
import torch.nn as nn

torch.manual_seed(7)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(model.parameters())
print(model.named_parameters())
print(model.children())
for name, p in model.named_parameters():
    print(f"{name:10s} {str(tuple(p.shape)):8s} requires_grad={p.requires_grad}")
print(list(model.parameters())[1])
print([n for n, _ in model.named_children()])
print(next(model.parameters()).shape)
print(model[0].weight.data)
