# Style-transfer lecture: Gram matrices of feature maps, style loss per layer, optimising the input image.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(50)
features = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 4, 3, padding=1), nn.ReLU())
for p in features.parameters():
    p.requires_grad_(False)

def gram(f):
    b, c, h, w = f.shape
    flat = f.view(b, c, h * w)
    return flat @ flat.transpose(1, 2) / (c * h * w)

style = torch.rand(1, 3, 6, 6)
layers = [1, 3]
def feats(img):
    out, x = [], img
    for i, m in enumerate(features):
        x = m(x)
        if i in layers:
            out.append(x)
    return out

targets = [gram(f) for f in feats(style)]
print([t.shape for t in targets])
img = torch.rand(1, 3, 6, 6, requires_grad=True)
opt = torch.optim.Adam([img], lr=0.05)
for step in range(6):
    loss = sum(F.mse_loss(gram(f), t) for f, t in zip(feats(img), targets))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.6e}")
print(img.grad.abs().mean() > 0, features[0].weight.grad)
print(targets[0][0])
