# a discriminator with Dropout: train vs eval outputs and sigmoid probabilities
import torch
import torch.nn as nn

torch.manual_seed(98)
D = nn.Sequential(nn.Linear(2, 4), nn.LeakyReLU(0.2), nn.Dropout(0.3), nn.Linear(4, 1), nn.Sigmoid())
x = torch.ones(2, 2)
D.eval()
a = D(x)
b = D(x)
print(torch.equal(a, b), a.shape)
D.train()
print(D.training, D[2].p)
print(((a > 0) & (a < 1)).all())
