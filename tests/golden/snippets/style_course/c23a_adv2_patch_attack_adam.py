# An adversarial patch: only a masked corner of the image is optimised (Adam), then clamped
import torch
import torch.nn.functional as F

torch.manual_seed(22)
kernel = torch.randn(2, 16)
def model(img):
    return img.flatten(1) @ kernel.T
img = torch.rand(1, 1, 4, 4)
mask = torch.zeros_like(img)
mask[..., :2, :2] = 1
patch = torch.zeros_like(img, requires_grad=True)
opt = torch.optim.Adam([patch], lr=0.1)
for step in range(5):
    adv = img * (1 - mask) + patch.clamp(0, 1) * mask
    loss = -F.cross_entropy(model(adv), torch.tensor([0]))
    opt.zero_grad()
    loss.backward()
    opt.step()
print(patch.grad[0, 0])
print((patch.detach() * (1 - mask)).abs().sum())
print(adv.shape, adv.grad_fn.name())
