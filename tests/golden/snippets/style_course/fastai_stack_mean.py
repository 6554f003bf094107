# Stacking a list of image tensors, converting to float and averaging.
import torch

torch.manual_seed(4)
threes = [torch.randint(0, 256, (3, 3), dtype=torch.uint8) for _ in range(4)]
stacked_threes = torch.stack(threes).float()/255
print(stacked_threes.shape, stacked_threes.dtype)
print(len(stacked_threes.shape), stacked_threes.ndim)
mean3 = stacked_threes.mean(0)
print(mean3)
print(threes[0])
print(torch.nn.functional.l1_loss(stacked_threes[0], mean3))
print(torch.nn.functional.mse_loss(stacked_threes[0], mean3).sqrt())
