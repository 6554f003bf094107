import torch

# masked_select expands the mask against the input: the mask is "tensor a" in the message
cases = [(torch.arange(12).view(3, 4), torch.tensor([True, False])),
         (torch.arange(2), torch.ones(3, 4, dtype=torch.bool)),
         (torch.ones(2, 3), torch.ones(4, 1, dtype=torch.bool)),
         (torch.ones(3, 1), torch.tensor([True, False]))]
for values, mask in cases:
    try:
        print(torch.masked_select(values, mask))
    except RuntimeError as e:
        print(e)
    try:
        print(values.masked_select(mask).shape)
    except RuntimeError as e:
        print("method:", e)
