import torch

# Exam B2-10. State the dtype of each reduction result.
flags = torch.tensor([[True, False], [True, True]])
small = torch.tensor([120, 10], dtype=torch.int8)
bytes_ = torch.tensor([250, 10], dtype=torch.uint8)
results = {
    "flags.sum(0)": flags.sum(0),
    "flags.any(1)": flags.any(1),
    "small.sum()": small.sum(),
    "small + small": small + small,
    "bytes_.prod()": bytes_.prod(),
    "flags.cumsum(1)": flags.cumsum(1),
    "small.float().mean()": small.float().mean(),
}
for label, val in results.items():
    print(f"{label:20s} {val.tolist()} {val.dtype}")
try:
    small.mean()
except RuntimeError as err:
    print(err)
