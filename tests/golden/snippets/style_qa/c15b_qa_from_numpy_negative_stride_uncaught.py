# Q: flipping a numpy image with [::-1] and converting it fails.
import numpy as np
import torch

img = np.arange(12, dtype=np.float32).reshape(3, 4)
print(torch.from_numpy(img[::-1].copy())[0])
print(torch.tensor(img[:, ::-1])[0])
flipped = img[::-1]
print(flipped.strides)
t = torch.from_numpy(flipped)
