# GAT attention with nn.LeakyReLU and nn.Dropout in eval mode
import torch
import torch.nn as nn

torch.manual_seed(31)
att = nn.Sequential(nn.LeakyReLU(0.2), nn.Dropout(0.6))
print(att)
e = torch.tensor([[1.0, -2.0, 0.5], [-0.5, 3.0, -1.0]])
att.eval()
print(att(e))
att.train()
out = att(e)
print((out == 0).sum() + (out != 0).sum(), out.shape)
print(nn.LeakyReLU(0.2)(torch.tensor([-10.0])).item())
