# torch.tensor of a list holding tensors: each is read by the result dtype's reader
import torch

cases = [([torch.tensor([1, 2]), torch.tensor([3, 4])], None), ([torch.tensor([1.0, 2.0])], None),
         ([torch.tensor([True, False])], None), ([torch.tensor(1.5)], torch.long), ([torch.tensor(True)], torch.long),
         ([torch.tensor(3)], torch.bool), ([torch.tensor(1.5)], torch.bool), ([torch.tensor(2.0)], torch.uint8),
         ([torch.tensor([1, 2])], torch.float64), ([torch.tensor(1 + 2j)], torch.long), ([torch.tensor([[1]])], None),
         ([torch.tensor([], dtype=torch.long)], None), ([torch.tensor(-1)], torch.uint8), ([torch.tensor(3), 2.5], None)]
for data, dtype in cases:
    try:
        print(torch.tensor(data, dtype=dtype))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(torch.tensor([torch.tensor([1.0, 2.0], requires_grad=True)]))
