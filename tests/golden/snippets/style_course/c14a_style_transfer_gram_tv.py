# Style-transfer assignment shape: Gram matrices of two feature layers via einsum, a weighted style loss,
# optimising the image itself with Adam while the "features" stay fixed functions.
import torch
import torch.nn.functional as F

torch.manual_seed(1455)
conv_w = [torch.randn(4, 3, 3, 3) * 0.3, torch.randn(6, 4, 3, 3) * 0.3]
def features(img):
    outs, h = [], img
    for w in conv_w:
        h = F.relu(F.conv2d(h, w, padding=1))
        outs.append(h)
    return outs
def gram(f):
    c, hw = f.shape[1], f.shape[2] * f.shape[3]
    return torch.einsum('nchw,ndhw->ncd', f, f) / (c * hw)
style_img = torch.rand(1, 3, 5, 5)
targets = [gram(f) for f in features(style_img)]
canvas = torch.rand(1, 3, 5, 5, requires_grad=True)
opt = torch.optim.Adam([canvas], lr=0.05)
for it in range(4):
    loss = sum(wt * (gram(f) - t).pow(2).sum() for wt, f, t in zip((1.0, 0.5), features(canvas), targets))
    smooth = (canvas[..., 1:, :] - canvas[..., :-1, :]).abs().sum() + (canvas[..., 1:] - canvas[..., :-1]).abs().sum()
    total = loss + 1e-3 * smooth
    opt.zero_grad()
    total.backward()
    opt.step()
    print(it, loss.item(), smooth.item())
print(targets[0].shape, targets[1][0, 0])
