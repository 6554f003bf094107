# Targets of the wrong rank or dtype for the classification losses
import torch
import torch.nn.functional as F

torch.manual_seed(0)
scores = torch.randn(3, 5)
seg = torch.randn(2, 4, 3, 3)
attempts = {
    "a single class for a batch": lambda: F.cross_entropy(scores, torch.tensor(1)),
    "segmentation target without batch": lambda: F.cross_entropy(seg, torch.zeros(3, 3, dtype=torch.long)),
    "segmentation target flattened": lambda: F.nll_loss(seg, torch.zeros(2, 9, dtype=torch.long)),
    "segmentation target one-hot": lambda: F.nll_loss(seg, torch.zeros(2, 4, 3, 3, dtype=torch.long)),
    "bce on integer labels": lambda: F.binary_cross_entropy(torch.tensor([1, 0]), torch.tensor([1, 0])),
    "bce on bools": lambda: F.binary_cross_entropy(torch.tensor([True]), torch.tensor([False])),
    "bce with logits, bool target": lambda: F.binary_cross_entropy_with_logits(torch.randn(3), torch.tensor([True, False, True])),
    "bce with logits, long target": lambda: F.binary_cross_entropy_with_logits(torch.randn(3), torch.tensor([1, 0, 1])),
}
for name, attempt in attempts.items():
    try:
        attempt()
    except (RuntimeError, ValueError, NotImplementedError) as e:
        print(f"{name}: {type(e).__name__}: {e}")
