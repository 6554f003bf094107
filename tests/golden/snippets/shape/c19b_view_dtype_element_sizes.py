# x.view(dtype) with another element size: ATen's checks, in its order and words
import torch

cases = [lambda: torch.tensor([1.0, 2.0, 3.0]).view(torch.float64),
         lambda: torch.tensor(1.0).view(torch.int16), lambda: torch.tensor(1.0).view(torch.int32),
         lambda: torch.arange(6.0).view(2, 3).t().view(torch.int16),
         lambda: torch.arange(8.0).view(2, 4).t().view(torch.float64),
         lambda: torch.arange(6.0).view(3, 2)[1:].view(torch.float64),
         lambda: torch.arange(15.0).view(3, 5)[:, :2].view(torch.float64),
         lambda: torch.arange(12.0).view(3, 4)[:, 1:3].view(torch.float64),
         lambda: torch.arange(6.0).view(3, 2).view(torch.int8).shape,
         lambda: torch.arange(12.0).view(6, 2)[::2].view(torch.float64).stride(),
         lambda: torch.tensor([1.0, 2.0], dtype=torch.bfloat16).view(torch.int16),
         lambda: torch.tensor([1.0, 2.0]).view(torch.bfloat16),
         lambda: torch.tensor([[1.0, -3.5]], dtype=torch.bfloat16).view(torch.float32)]
for f in cases:
    try:
        print(f())
    except RuntimeError as e:
        print(e)
