# center loss: pull features toward learnable class centres
import torch
torch.manual_seed(46)
centers = torch.nn.Parameter(torch.randn(3, 2))
feats = torch.randn(5, 2, requires_grad=True)
labels = torch.tensor([0, 2, 1, 0, 2])
loss = 0.5 * (feats - centers[labels]).pow(2).sum(dim=1).mean()
loss.backward()
print(loss.item())
print(centers.grad)
print(feats.grad)
