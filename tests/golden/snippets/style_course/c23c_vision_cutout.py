# Random erasing of a rectangle filled with the per-channel mean, seeded generator.
import torch

gen = torch.Generator().manual_seed(5)
pic = torch.arange(2 * 5 * 5, dtype=torch.float32).reshape(2, 5, 5)
h = int(torch.randint(1, 3, (1,), generator=gen))
w = int(torch.randint(1, 4, (1,), generator=gen))
r0 = int(torch.randint(0, 5 - h + 1, (1,), generator=gen))
c0 = int(torch.randint(0, 5 - w + 1, (1,), generator=gen))
fill = pic.mean(dim=(1, 2), keepdim=True)
erased = pic.clone()
erased[:, r0:r0 + h, c0:c0 + w] = fill
print(h, w, r0, c0, fill.flatten())
print(erased[1])
