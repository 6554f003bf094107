# Q: torch.from_numpy fails after I flip an image with [::-1]
import numpy as np
import torch

img = np.arange(6, dtype=np.float32).reshape(2, 3)
flipped = img[:, ::-1]
try:
    torch.from_numpy(flipped)
except ValueError as err:
    print("ValueError:", err)
print(torch.from_numpy(flipped.copy()))
print(torch.from_numpy(img).flip(1))
print(torch.tensor(flipped))
