# Udacity-style inference: flatten a batch in place with resize_, forward one image, class probabilities.
import torch
from torch import nn

torch.manual_seed(1457)
images = torch.rand(4, 1, 5, 5)
labels = torch.tensor([2, 0, 1, 2])
model = nn.Sequential(nn.Linear(25, 10), nn.ReLU(), nn.Linear(10, 3), nn.LogSoftmax(dim=1))
images.resize_(images.shape[0], 1, 25)
print(images.shape)
img_idx = 0
ps = torch.exp(model.forward(images[img_idx, :]))
print(ps, ps.shape)
print(ps.data.numpy().squeeze())
images.resize_(4, 25)
logps = model(images)
loss = nn.NLLLoss()(logps, labels)
print(loss)
print('Before backward pass: \n', model[0].weight.grad)
loss.backward()
print('After backward pass: \n', model[0].weight.grad[:2, :3])
