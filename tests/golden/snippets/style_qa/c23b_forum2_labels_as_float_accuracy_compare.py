import torch

preds = torch.tensor([0.2, 0.8, 0.6, 0.4])
labels = torch.tensor([0, 1, 0, 1])
rounded = preds.round()
print(rounded, (rounded == labels).sum(), (rounded == labels).dtype)
print((preds > 0.5).long().eq(labels).float().mean())
print(torch.round(torch.tensor([0.5, 1.5, 2.5, -0.5])))
print(torch.tensor([0.5, 1.5]).round(decimals=0), torch.tensor([1.2345]).round(decimals=2))
