# Gradient accumulation when the micro-batches have different sizes: weight each mean loss by its share.
import torch
import torch.nn as nn

torch.manual_seed(13)
model = nn.Sequential(nn.Linear(5, 3), nn.Tanh(), nn.Linear(3, 1))
data = torch.randn(10, 5)
target = torch.randn(10, 1)
sizes = [4, 4, 2]

model.zero_grad()
nn.functional.mse_loss(model(data), target).backward()
reference = model[0].weight.grad.clone()

model.zero_grad()
for xb, tb in zip(data.split(sizes), target.split(sizes)):
    (nn.functional.mse_loss(model(xb), tb) / len(sizes)).backward()
naive = model[0].weight.grad.clone()

model.zero_grad()
for xb, tb in zip(data.split(sizes), target.split(sizes)):
    (nn.functional.mse_loss(model(xb), tb) * len(xb) / len(data)).backward()
weighted = model[0].weight.grad.clone()

model.zero_grad()
for xb, tb in zip(data.split(sizes), target.split(sizes)):
    (nn.functional.mse_loss(model(xb), tb, reduction="sum") / len(data)).backward()
summed = model[0].weight.grad.clone()

print("naive   ", torch.allclose(naive, reference, atol=1e-6), f"{(naive - reference).abs().max().item():.2e}")
print("weighted", torch.allclose(weighted, reference, atol=1e-6))
print("summed  ", torch.allclose(summed, reference, atol=1e-6))
print([len(c) for c in data.split(sizes)], [c.shape[0] for c in data.split(4)])
print(reference.shape, model[2].bias.grad)
