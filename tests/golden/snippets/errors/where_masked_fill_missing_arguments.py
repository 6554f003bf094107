import torch

x = torch.tensor([1.0, -2.0, 3.0])
mask = x < 0
attempts = [
    lambda: torch.where(mask, other=x),
    lambda: torch.where(condition=mask, input=x),
    lambda: torch.masked_fill(x, mask),
    lambda: torch.masked_fill(x, value=0.0),
    lambda: torch.masked_fill(input=x, mask=mask),
    lambda: x.masked_fill(mask),
    lambda: x.masked_fill(mask=mask, value=[0]),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(e)
print(torch.where(mask, 0.0, other=x), x.where(mask, other=0.0))
print(torch.masked_fill(x, mask=mask, value=0.0))
