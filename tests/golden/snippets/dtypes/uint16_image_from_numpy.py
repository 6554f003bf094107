# A 16-bit grayscale image read as a numpy uint16 array: PyTorch makes a torch.uint16 tensor, which
# only some ops take; converting to float first is the usual fix.
import numpy as np
import torch

img = np.array([[0, 1200, 40000], [65535, 300, 7]], dtype=np.uint16)
x = torch.from_numpy(img)
print(x, x.dtype, x.shape, x.element_size())
print(x[0], x[:, 1], x[1, 0].item(), x.tolist())
print(x.sum(), x.sum(dim=0), x.sum().dtype)

for step in ("x.max()", "x > 1000", "x - x", "x.mean()", "x.argmax()", "x.flip(0)"):
    try:
        eval(step)
    except (NotImplementedError, RuntimeError) as e:
        print(step, "->", type(e).__name__, e)

f = x.float() / 65535
print(f, f.max(), f.mean())
print(x / 65535)
print(x.to(torch.float32).clamp(100, 50000).max())
print(x.long().max(), x.long() - 1, (x.long() > 1000).sum())
print(torch.full((2,), img[0, 1]), torch.tensor(img[0, 1]), torch.tensor([img[1, 0], 5.0]))
torch.tensor([img[1, 0], 5])
