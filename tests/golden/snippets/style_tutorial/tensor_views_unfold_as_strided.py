# Views: unfold into sliding windows, as_strided for overlapping windows, and view_as / expand sharing memory.
import torch

x = torch.arange(8.)
w = x.unfold(0, 3, 2)
print(w, w.stride(), w._base is x)
print(x.as_strided((3, 3), (2, 1)))
img = torch.arange(16.).view(1, 1, 4, 4)
patches = img.unfold(2, 2, 2).unfold(3, 2, 2)
print(patches.shape)
print(patches.reshape(-1, 4))
y = x.view_as(torch.zeros(2, 4))
y[0, 0] = 100
print(x[:3], y.untyped_storage().data_ptr() == x.untyped_storage().data_ptr())
