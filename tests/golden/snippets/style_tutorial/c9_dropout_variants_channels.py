# Dropout variants: element-wise Dropout, channel-wise Dropout1d/Dropout2d, AlphaDropout; train vs eval.
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.ones(2, 4, 3)
print(nn.Dropout(0.5)(x)[0])
print(nn.Dropout1d(0.5)(x))
img = torch.ones(1, 4, 2, 2)
d2 = nn.Dropout2d(p=0.5)
out = d2(img)
print(out[0, :, 0, 0], (out.sum((2, 3)) == 0).sum())
print(d2)
ad = nn.AlphaDropout(0.2)
z = torch.randn(1000)
y = ad(z)
print(f"{z.mean().item():.3f} {z.std().item():.3f} -> {y.mean().item():.3f} {y.std().item():.3f}")
ad.eval()
print(torch.equal(ad(z), z))
print(nn.functional.dropout(torch.ones(6), p=0.5, training=False))
print(nn.functional.dropout(torch.ones(6), p=1.0))
try:
    nn.Dropout(1.5)
except ValueError as e:
    print("ValueError:", e)
drop = nn.Dropout(0.25, inplace=True)
t = torch.ones(8)
drop(t)
print(t)
