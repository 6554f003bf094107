# Tensor attributes doc: type promotion with result_type, promote_types, can_cast and mixed-dtype arithmetic.
import torch

float_tensor = torch.ones(1, dtype=torch.float)
double_tensor = torch.ones(1, dtype=torch.double)
complex_float_tensor = torch.ones(1, dtype=torch.complex64)
int_tensor = torch.ones(1, dtype=torch.int)
long_tensor = torch.ones(1, dtype=torch.long)
uint_tensor = torch.ones(1, dtype=torch.uint8)
bool_tensor = torch.ones(1, dtype=torch.bool)
long_zerodim = torch.tensor(1, dtype=torch.long)
int_zerodim = torch.tensor(1, dtype=torch.int)
print(torch.add(5, 5).dtype)
print((int_tensor + 5).dtype)
print((int_tensor + long_zerodim).dtype)
print((long_tensor + float_tensor).dtype)
print((complex_float_tensor + double_tensor).dtype)
print((bool_tensor + long_tensor).dtype)
print((bool_tensor + uint_tensor).dtype)
print((float_tensor + double_tensor).dtype)
print((complex_float_tensor + complex_float_tensor).dtype)
print(torch.add(long_tensor, float_tensor).dtype)
print((uint_tensor + int_zerodim).dtype)
print(torch.result_type(int_tensor, 2.5), torch.result_type(uint_tensor, -1))
print(torch.promote_types(torch.int8, torch.uint8), torch.promote_types(torch.float16, torch.bfloat16))
print(torch.can_cast(torch.double, torch.float), torch.can_cast(torch.float, torch.int))
int_tensor += long_tensor
float_tensor *= double_tensor
print(int_tensor.dtype, float_tensor.dtype)
try:
    int_tensor += float_tensor
except RuntimeError as e:
    print(e)
try:
    long_tensor *= float_tensor
except RuntimeError as e:
    print(e)
