"""What makes the engine's output bit-identical to PyTorch's: printing, random numbers, the order
of additions, BLAS threads and correctly rounded float32 math. See README.md in this folder.

None of this is needed to understand autograd; the textbook path (``_tensor``, ``record``,
``derivatives``, ``graph``) only calls into it.
"""
