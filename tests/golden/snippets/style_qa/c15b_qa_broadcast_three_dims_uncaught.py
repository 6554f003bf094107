# Q: adding a per-channel bias to an image batch gives a size mismatch.
import torch

images = torch.zeros(2, 3, 4, 4)
bias = torch.tensor([0.1, 0.2, 0.3])
print((images + bias.view(1, 3, 1, 1)).shape)
print((images + torch.zeros(4)).shape)
out = images + bias
