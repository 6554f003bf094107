# Tensor attributes across dtypes: what each dtype prints like and how ops promote them.
import torch

tensors = {
    "int8": torch.tensor([-3, 0, 7], dtype=torch.int8),
    "uint8": torch.tensor([0, 200, 255], dtype=torch.uint8),
    "int16": torch.arange(3, dtype=torch.int16),
    "bool": torch.tensor([True, False, True]),
    "float16": torch.tensor([0.1, 1.5, 65504.0], dtype=torch.float16),
    "bfloat16": torch.tensor([0.1, 1.5, 3.0e38], dtype=torch.bfloat16),
    "float64": torch.tensor([1 / 3, 2.0, -0.5], dtype=torch.float64),
    "complex64": torch.tensor([1 + 2j, -0.5j, 3.0]),
}
for name, t in tensors.items():
    print(f"{name:>9}: {t}")
    print(f"{'':>9}  dtype={t.dtype} itemsize={t.element_size()} bytes={t.nbytes} "
          f"float={t.is_floating_point()} complex={t.is_complex()} signed={t.dtype.is_signed}")

a = tensors["int8"]
b = tensors["uint8"]
print(a + b, (a + b).dtype)
print(tensors["bool"] + tensors["int16"])
print(tensors["float16"] + tensors["bfloat16"])
print(tensors["int8"] * 2.5)
print(tensors["complex64"] * tensors["float64"])
print(torch.promote_types(torch.int8, torch.uint8), torch.result_type(a, 1.0))
print(tensors["uint8"].to(torch.int8))
print(tensors["float16"].float(), tensors["bfloat16"].double())
