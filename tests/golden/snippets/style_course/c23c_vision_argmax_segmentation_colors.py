# Turning segmentation logits into a colour image: argmax over channels, then palette indexing.
import torch

logits = torch.tensor([[[[2.0, 0.1], [0.0, 0.3]], [[1.0, 0.5], [3.0, 0.2]], [[0.5, 0.9], [0.1, 0.25]]]])
pred = logits.argmax(dim=1)
palette = torch.tensor([[0, 0, 0], [255, 0, 0], [0, 255, 0]], dtype=torch.uint8)
colour = palette[pred]
print(pred)
print(colour.shape, colour.permute(0, 3, 1, 2).shape)
print(colour[0, 0])
print(torch.bincount(pred.flatten(), minlength=3))
