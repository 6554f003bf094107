# Transforms as callable classes (ToTensor-like, Normalize, RandomFlip) chained by a small Compose.
import numpy as np
import torch

class Compose:
    def __init__(self, transforms):
        self.transforms = transforms

    def __call__(self, x):
        for t in self.transforms:
            x = t(x)
        return x

class ToTensor:
    def __call__(self, arr):
        return torch.from_numpy(arr.transpose(2, 0, 1).astype(np.float32) / 255.0)

class Normalize:
    def __init__(self, mean, std):
        self.mean = torch.tensor(mean).view(-1, 1, 1)
        self.std = torch.tensor(std).view(-1, 1, 1)

    def __call__(self, t):
        return (t - self.mean) / self.std

class RandomHorizontalFlip:
    def __init__(self, p=0.5):
        self.p = p

    def __call__(self, t):
        if torch.rand(1) < self.p:
            return t.flip(-1)
        return t

rng = np.random.default_rng(0)
img = rng.integers(0, 256, size=(4, 4, 3), dtype=np.uint8)
transform = Compose([ToTensor(), Normalize([0.5, 0.5, 0.5], [0.25, 0.25, 0.25]), RandomHorizontalFlip(1.0)])
torch.manual_seed(0)
out = transform(img)
print(out.shape, out.dtype)
print(out[0])
print(out.mean(dim=(1, 2)), out.std(dim=(1, 2)))
print(ToTensor()(img).max(), torch.tensor(img).permute(2, 0, 1).float().div(255).equal(ToTensor()(img)))
