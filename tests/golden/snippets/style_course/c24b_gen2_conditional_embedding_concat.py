# conditional GAN: label embedding concatenated with noise
import torch
import torch.nn as nn

torch.manual_seed(67)
n_classes, z_dim = 4, 3
label_emb = nn.Embedding(n_classes, n_classes)
z = torch.randn(5, z_dim)
labels = torch.tensor([0, 3, 1, 1, 2])
inp = torch.cat([z, label_emb(labels)], dim=1)
print(inp.shape, inp.requires_grad)
one_hot = nn.functional.one_hot(labels, n_classes).float()
print(torch.cat([z, one_hot], -1)[:, z_dim:])
try:
    label_emb(labels.float())
except RuntimeError as e:
    print("RuntimeError:", e)
