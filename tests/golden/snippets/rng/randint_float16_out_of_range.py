# A float16 randint/random_ past the type's own range is an error (not only the precision warning)
import torch

torch.manual_seed(0)
for high in (70000, 2049):
    for make in (lambda: torch.randint(0, high, (2,), dtype=torch.float16),
                 lambda: torch.empty(2, dtype=torch.float16).random_(0, high)):
        try:
            print(make())
        except RuntimeError as e:
            print("RuntimeError", e)
