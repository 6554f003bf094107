import torch
x = torch.ones(2)
for n in ("is_mps", "is_xpu", "is_meta", "is_ipu", "is_maia", "is_mtia", "is_vulkan", "is_xla", "is_mkldnn",
          "is_quantized", "is_nested", "is_sparse_csr", "is_cuda", "is_cpu", "is_sparse"):
    print(n, getattr(x, n), hasattr(x, n))
print(x.is_conj(), x.is_neg(), x.is_inference())
print(torch.randn(2, 3, requires_grad=True).t().is_meta)
