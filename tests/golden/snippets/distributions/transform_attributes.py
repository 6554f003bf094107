# What a transform keeps: its cache slot only with cache_size=1, an inverse only its forward
import torch
from torch.distributions.transforms import TanhTransform, ExpTransform, ComposeTransform, AffineTransform
print(sorted(TanhTransform().__dict__), sorted(TanhTransform(cache_size=1).__dict__), sorted(ExpTransform().inv.__dict__))
print(sorted(ComposeTransform([ExpTransform()]).__dict__), sorted(AffineTransform(0., 1.).__dict__))
