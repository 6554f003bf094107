# Python numbers into an integer dtype at creation: torch.tensor and torch.as_tensor check each value fits
# (-255..-1 wrap into uint8; floats must lie in range), floats overflow to inf.
import torch
for c in ['torch.tensor([300], dtype=torch.uint8)', 'torch.tensor([-1], dtype=torch.uint8)', 'torch.tensor([2**40], dtype=torch.int32)', 'torch.tensor([1.5e10], dtype=torch.int32)', 'torch.tensor([float("nan")], dtype=torch.int64)', 'torch.tensor([1e300], dtype=torch.float32)', 'torch.tensor([70000.0], dtype=torch.float16)', 'torch.tensor(300, dtype=torch.uint8)', 'torch.tensor([[1, 2], [3, 400]], dtype=torch.int8)', 'torch.as_tensor([300], dtype=torch.uint8)', 'torch.tensor([255.5], dtype=torch.uint8)', 'torch.tensor([-255], dtype=torch.uint8)', 'torch.tensor([-256], dtype=torch.uint8)']:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
for c in ['torch.as_tensor([300, 2], dtype=torch.uint8)', 'torch.as_tensor([-1, 2], dtype=torch.uint8)', 'torch.as_tensor((1.5, 2.5), dtype=torch.int64)', 'torch.as_tensor([1e40], dtype=torch.float32)', 'torch.as_tensor(300, dtype=torch.int8)', 'torch.as_tensor([True, False], dtype=torch.uint8)']:
    try:
        print(c, eval(c))
    except Exception as e:
        print(c, type(e).__name__, e)
