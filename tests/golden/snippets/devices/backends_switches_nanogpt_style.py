import torch

torch.backends.cuda.matmul.allow_tf32 = True  # allow tf32 on matmul
torch.backends.cudnn.allow_tf32 = True  # allow tf32 on cudnn
print(torch.get_float32_matmul_precision(), torch.backends.cuda.matmul.allow_tf32, torch.backends.cudnn.allow_tf32)
torch.set_float32_matmul_precision("highest")
print(torch.backends.cuda.matmul.allow_tf32)
torch.set_float32_matmul_precision("medium")
print(torch.backends.cuda.matmul.allow_tf32)
torch.backends.cudnn.benchmark = True
torch.backends.cudnn.deterministic = False
print(torch.backends.cudnn.enabled, torch.backends.cudnn.benchmark, torch.backends.cudnn.version())
print(torch.backends.cudnn.is_available(), torch.backends.cuda.is_built(), torch.backends.mps.is_available())
print(torch.backends.mkldnn.is_available(), torch.backends.mkl.is_available(), torch.backends.openmp.is_available())
print(torch.backends.cuda.flash_sdp_enabled(), torch.backends.cuda.math_sdp_enabled())
torch.backends.cuda.enable_flash_sdp(False)
print(torch.backends.cuda.flash_sdp_enabled())
for name, value in [("benchmark", 1), ("deterministic", "yes"), ("allow_tf32", None)]:
    try:
        setattr(torch.backends.cudnn, name, value)
    except RuntimeError as e:
        print(e)
for setting in ["allow_tf32", "allow_fp16_reduced_precision_reduction"]:
    try:
        setattr(torch.backends.cuda.matmul, setting, 1)
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
print(torch.backends.cuda.matmul.allow_fp16_reduced_precision_reduction)
try:
    torch.backends.cuda.matmul.use_tf32 = True
except AttributeError as e:
    print(e)
with torch.backends.cudnn.flags(enabled=False):
    print(torch.backends.cudnn.enabled)
print(torch.backends.cudnn.enabled)
