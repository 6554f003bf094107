import numpy as np
import torch

img = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
t = torch.from_numpy(img)
print(t.dtype, t.shape)
chw = t.permute(2, 0, 1).float() / 255
print(chw.shape, chw.dtype, chw.max().item() <= 1)
batch = chw.unsqueeze(0)
print(batch.shape, batch.is_contiguous(), batch.contiguous(memory_format=torch.channels_last).stride())
try:
    torch.nn.Conv2d(3, 1, 1)(t.unsqueeze(0))
except Exception as e:
    print(type(e).__name__, e)
