# Style-transfer-like feature extraction: hooks record the INPUT of chosen layers; Gram matrices and a style loss.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)
cnn = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.Conv2d(4, 6, 3, padding=1), nn.ReLU(),
                    nn.AvgPool2d(2), nn.Conv2d(6, 8, 3, padding=1))
cnn.requires_grad_(False)
taps = {}


def record_input(tag):
    return lambda mod, args, out: taps.__setitem__(tag, args[0])


cnn[1].register_forward_hook(record_input("relu1_in"))
cnn[4].register_forward_hook(record_input("pool_in"))


def gram(feat):
    b, c, h, w = feat.shape
    f = feat.reshape(b * c, h * w)
    return f @ f.t() / (b * c * h * w)


style_img = torch.rand(1, 3, 8, 8)
cnn(style_img)
targets = {k: gram(v).detach() for k, v in taps.items()}
print({k: tuple(v.shape) for k, v in targets.items()})
img = torch.rand(1, 3, 8, 8, requires_grad=True)
opt = torch.optim.Adam([img], lr=0.05)
for step in range(4):
    opt.zero_grad()
    cnn(img)
    loss = sum(F.mse_loss(gram(taps[k]), targets[k]) for k in targets)
    loss.backward()
    opt.step()
    print(step, f"{loss.item():.3e}", taps["pool_in"].requires_grad)
print(img.grad.shape, cnn[0].weight.grad)
