# F.interpolate(antialias=True): bilinear and bicubic, down and up, float32 and float64, gradients
import torch
import torch.nn.functional as F

torch.manual_seed(0)
img = torch.randn(1, 2, 9, 11, requires_grad=True)
down = F.interpolate(img, size=(4, 5), mode="bilinear", antialias=True)
print(down.grad_fn, down[0, 0])
cubic = F.interpolate(img, scale_factor=0.45, mode="bicubic", antialias=True)
print(cubic.grad_fn, cubic.shape, cubic[0, 1])
up = F.interpolate(img, size=(12, 14), mode="bicubic", antialias=True, align_corners=True)
print(up[0, 0, :3, :6])
(down.pow(2).sum() + cubic.sum() + up.mean()).backward()
print(img.grad[0, 0, :4])
wide = torch.randn(2, 3, 17, 8, dtype=torch.float64)
print(F.interpolate(wide, size=(5, 13), mode="bilinear", antialias=True)[1, 2, :2])
print(F.interpolate(wide, size=(6, 1), mode="bicubic", antialias=True)[0, 0, :, 0])
print(torch.equal(F.interpolate(wide, size=(17, 8), mode="bilinear", antialias=True), wide))
x = torch.randn(1, 1, 6, 6, requires_grad=True)
y = F.interpolate(x, scale_factor=0.5, mode="bilinear", antialias=True)
g = torch.autograd.grad(y, x, torch.ones_like(y, requires_grad=True), create_graph=True)[0]
print(g.grad_fn, g.grad_fn._saved_scales_h, y.grad_fn._saved_output_size)
for call in (lambda: F.interpolate(x[0], size=3, mode="linear", antialias=True),
             lambda: F.interpolate(x.half(), size=(3, 3), mode="bilinear", antialias=True),
             lambda: F.interpolate(x.long(), size=(3, 3), mode="bicubic", antialias=True)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
