# Q: I made a buffer inside inference_mode and now updating it later fails.
import torch

with torch.inference_mode():
    running_mean = torch.zeros(3)
print(running_mean.is_inference())
batch = torch.tensor([[1.0, 2.0, 3.0], [3.0, 4.0, 5.0]])
running_mean.add_(batch.mean(0))
