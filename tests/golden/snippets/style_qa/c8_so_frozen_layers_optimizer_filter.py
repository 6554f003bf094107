# Q: fine-tuning only the last layer: requires_grad=False, filtering parameters, and checking what changed.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
for p in model[0].parameters():
    p.requires_grad = False
trainable = [p for p in model.parameters() if p.requires_grad]
print(len(trainable), sum(p.numel() for p in trainable))
for name, p in model.named_parameters():
    print(name, tuple(p.shape), p.requires_grad)
optimizer = torch.optim.Adam(filter(lambda p: p.requires_grad, model.parameters()), lr=0.01)
before0 = model[0].weight.clone()
before2 = model[2].weight.clone()
x, y = torch.randn(10, 4), torch.randint(0, 3, (10,))
loss = nn.functional.cross_entropy(model(x), y)
loss.backward()
optimizer.step()
print(torch.equal(before0, model[0].weight), torch.equal(before2, model[2].weight))
print(model[0].weight.grad, model[2].bias.grad is not None)
print(len(optimizer.param_groups[0]['params']))
model.requires_grad_(False)
out = model(x)
print(out.requires_grad)
try:
    out.sum().backward()
except RuntimeError as e:
    print("RuntimeError:", e)
