# Exercise: an HWC image to CHW, to a batch, and back; check the values survive
import torch

torch.manual_seed(0)
img = torch.randint(0, 256, (4, 5, 3), dtype=torch.uint8)
chw = img.permute(2, 0, 1)
batch = chw.unsqueeze(0).float() / 255
print(chw.shape, batch.shape, chw.is_contiguous())
back = (batch[0] * 255).round().to(torch.uint8).permute(1, 2, 0)
print(torch.equal(back, img))
print(batch.mean(dim=(0, 2, 3)))
