# Colour jitter by hand: brightness and contrast, clamped back into [0, 1].
import torch

img = torch.tensor([[[0.1, 0.5], [0.9, 0.3]], [[0.2, 0.4], [0.6, 0.8]], [[0.0, 1.0], [0.5, 0.5]]])
bright = (img * 1.5).clamp(0, 1)
print(bright)
gray = (0.299 * img[0] + 0.587 * img[1] + 0.114 * img[2]).mean()
contrast = ((img - gray) * 0.5 + gray).clamp(0.0, 1.0)
print(contrast)
print(gray)
print(torch.clamp(img - 0.5, min=0).count_nonzero())
